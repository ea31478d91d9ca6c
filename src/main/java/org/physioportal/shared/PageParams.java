package org.physioportal.shared;

/** Paging parameters from a URL, clamped so that no value can make a listing fail. */
public record PageParams(int page, int size) {

    public static final int DEFAULT_SIZE = 12;
    public static final int MAX_SIZE = 48;
    public static final int MAX_PAGE = 10_000;

    public static PageParams of(Integer page, Integer size) {
        int p = page == null ? 1 : Math.clamp(page, 1, MAX_PAGE);
        int s = size == null ? DEFAULT_SIZE : Math.clamp(size, 1, MAX_SIZE);
        return new PageParams(p, s);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
