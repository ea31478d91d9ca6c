package org.physioportal.syndication.api;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;
import org.physioportal.shared.Lang;
import org.physioportal.shared.PublishedQuery;

/**
 * The parameters of a list request, checked: a parameter the endpoint does not know, a repeated
 * one, a language we do not publish in, a page or size out of range, a term that does not exist, or
 * an {@code updatedSince} that is not an RFC 3339 time or lies in the future is a {@link
 * BadApiRequest} (400), never a silently ignored filter.
 */
record ApiQuery(Lang lang, String term, Instant updatedSince, int page, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 10_000;

    /** Parameters of the content lists (articles, exercises, videos). */
    static final Set<String> CONTENT = Set.of("lang", "term", "updatedSince", "page", "size");

    /** Parameters of the directory lists (terms, authors): no change times are kept for them. */
    static final Set<String> DIRECTORY = Set.of("lang", "page", "size");

    static ApiQuery parse(HttpServletRequest request, Set<String> known, Clock clock) {
        onlyKnown(request, known);
        return new ApiQuery(
                lang(single(request, "lang")),
                term(single(request, "term")),
                since(single(request, "updatedSince"), clock),
                number(single(request, "page"), "page", 1, MAX_PAGE, 1),
                number(single(request, "size"), "size", 1, MAX_SIZE, DEFAULT_SIZE));
    }

    PublishedQuery published(Set<Long> termIds) {
        return new PublishedQuery(lang, termIds, updatedSince, page, size);
    }

    static void onlyKnown(HttpServletRequest request, Set<String> known) {
        Set<String> unknown = new TreeSet<>(request.getParameterMap().keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new BadApiRequest(
                    unknown.iterator().next(),
                    "Unknown parameter(s) " + unknown + "; this endpoint takes " + new TreeSet<>(known));
        }
    }

    static String single(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return null;
        }
        if (values.length > 1) {
            throw new BadApiRequest(name, "Give " + name + " at most once");
        }
        return values[0];
    }

    static Lang lang(String code) {
        if (code == null) {
            return null;
        }
        return Lang.fromCode(code)
                .orElseThrow(() -> new BadApiRequest("lang", "Unknown language '" + code + "'; use en or cs"));
    }

    private static String term(String key) {
        if (key != null && !key.matches("[a-z0-9][a-z0-9-]{0,99}")) {
            throw new BadApiRequest("term", "A term is given by its key, e.g. lumbar-spine (see /api/v1/terms)");
        }
        return key;
    }

    private static Instant since(String value, Clock clock) {
        if (value == null) {
            return null;
        }
        Instant since;
        try {
            since = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadApiRequest(
                    "updatedSince", "updatedSince must be an RFC 3339 time with an offset, e.g. 2026-01-31T08:00:00Z");
        }
        if (since.isAfter(clock.instant())) {
            throw new BadApiRequest("updatedSince", "updatedSince lies in the future");
        }
        return since;
    }

    private static int number(String value, String name, int min, int max, int absent) {
        if (value == null) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadApiRequest(name, name + " must be a whole number from " + min + " to " + max);
    }
}
