package org.physioportal.shared;

/**
 * The one rule for private (health-data) pages, by address prefix: everything under
 * {@code /{lang}/my/} (the patient's own pages) and {@code /{lang}/therapist/} (a therapist's view
 * of linked patients). Such pages need a login, are never stored by the page cache, and are sent
 * {@code Cache-Control: no-store}; any module that puts its pages under these prefixes gets all three.
 * The private calendar feeds under {@code /ical/} are opened by a token in the address instead of a
 * login, and get the other two.
 */
public final class PrivatePages {

    private PrivatePages() {}

    /** Whether the request path (without query) is a private page. */
    public static boolean matches(String path) {
        if (path != null && path.startsWith("/ical/")) {
            return true;
        }
        if (path == null || path.length() < 4 || path.charAt(0) != '/' || path.charAt(3) != '/') {
            return false;
        }
        String rest = path.substring(4);
        return Lang.fromCode(path.substring(1, 3)).isPresent()
                && (rest.equals("my")
                        || rest.startsWith("my/")
                        || rest.equals("therapist")
                        || rest.startsWith("therapist/"));
    }
}
