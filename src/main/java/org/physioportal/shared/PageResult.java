package org.physioportal.shared;

import java.util.List;

/** One page of a listing; pages are numbered from 1. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}
