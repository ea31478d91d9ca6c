package org.physioportal.recommendations;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Articles whose picks a page computed on the spot, waiting for the background to store them: each
 * once, oldest first, at most {@value #LIMIT} (one left out is computed again when next shown).
 */
final class UnstoredQueue {

    static final int LIMIT = 10_000;

    private final Set<Long> ids = new LinkedHashSet<>();

    synchronized void offer(long articleId) {
        if (ids.size() < LIMIT) {
            ids.add(articleId);
        }
    }

    synchronized List<Long> take(int max) {
        List<Long> taken = new ArrayList<>(Math.min(max, ids.size()));
        for (Iterator<Long> it = ids.iterator(); it.hasNext() && taken.size() < max; ) {
            taken.add(it.next());
            it.remove();
        }
        return taken;
    }
}
