package org.physioportal.pagecache;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.physioportal.platform.TransportHeaders;
import org.physioportal.shared.Lang;
import org.physioportal.shared.PrivatePages;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves anonymous pages from the {@link PageCache} and stores them on the way out.
 *
 * <p>A request may be answered from the cache only when it cannot belong to anyone: GET or HEAD,
 * no session (cookie or URL), no remember-me cookie, no Authorization header, not an htmx request,
 * and a page of the language tree ({@code /en/...}, {@code /cs/...}), one that names its language
 * ({@code ?lang=}), or a read of the public API ({@code /api/v1/...}, {@code /oembed}), but never a
 * private page ({@link PrivatePages}: {@code /{lang}/my/**}, {@code /{lang}/therapist/**}), whoever
 * asks. Such a request never reaches Spring Security, so a cache hit costs no account
 * look-up; anything with a cookie of ours goes the whole way as before.
 *
 * <p>A rendered answer is stored only when it is a 200 {@code text/html} page (or an Atom feed or
 * API JSON) that set no cookie and
 * created no session (a form with a CSRF token would have), did not ask for {@code Cache-Control:
 * private} (pages reached with a mailed token say {@code private, no-store}), and varies on nothing but the encoding. Error pages, redirects, HEAD renderings and POST
 * answers are never stored. Stored and served pages carry a strong ETag (one per encoding: gzip is
 * done here, once, since Tomcat does not compress a response with a strong ETag), Last-Modified,
 * {@code Cache-Control: public, max-age=0, must-revalidate} (browsers and CDNs revalidate, which a
 * 304 answers) and {@code Vary: Accept-Encoding, Cookie} (a CDN must not give the anonymous page to
 * someone with a session cookie).
 *
 * <p>Every copy of a stored page is sent with the headers of the response it came from (but those
 * that depend on the request's transport, such as HSTS, which {@code TransportHeaders} sets for
 * each response), including its Content-Security-Policy: the script nonce in the page's tags and the one in the header stay a
 * pair. The nonce is then no longer unique per response but per stored page; it still cannot be
 * guessed before the page is rendered, and it only ever authorises the scripts of that exact page,
 * since a different page (an injected comment, say) is a new rendering with a new nonce.
 *
 * <p>Runs outside {@code SecurityHeadersFilter} and {@code DatabaseUnavailableFilter} (see {@link
 * PageCacheConfiguration}): a rendering passes through both, so a database outage (a 503) is never
 * stored, while stored pages are still served during one.
 */
class PageCacheFilter extends OncePerRequestFilter {

    static final String REMEMBER_ME_COOKIE = "remember-me";

    /** Headers set here for every copy, or by the container; the stored ones are all the others. */
    private static final Set<String> OWN_HEADERS = Set.of(
            "cache-control",
            "pragma",
            "expires",
            "etag",
            "last-modified",
            "vary",
            "date",
            "content-length",
            "content-type",
            "content-language",
            "content-encoding",
            "transfer-encoding",
            "set-cookie",
            // depends on the transport of each request: set per response (TransportHeaders), never replayed
            "strict-transport-security");

    /** Pages, and the feeds and API answers of syndication. */
    private static final List<String> STORED_TYPES = List.of("text/html", "application/atom+xml", "application/json");

    private final PageCache cache;
    private final PageCacheProperties properties;

    PageCacheFilter(PageCache cache, PageCacheProperties properties) {
        this.cache = cache;
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!properties.enabled() || !anonymous(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        CachedPage page = cache.fresh(key);
        if (page != null) {
            send(page, request, response);
        } else if ("HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
        } else {
            renderAndStore(key, request, response, chain);
        }
    }

    private void renderAndStore(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long generation = cache.generation();
        var rendering = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendering);
        if (!storable(request, rendering)) {
            rendering.copyBodyToResponse();
            return;
        }
        CachedPage rendered = CachedPage.of(
                rendering.getContentAsByteArray(),
                rendering.getContentType(),
                rendering.getLocale(),
                headers(rendering),
                generation,
                System.nanoTime(),
                System.currentTimeMillis());
        send(cache.store(key, rendered, generation), request, response);
    }

    /** Nothing in the request can tie it to a person. */
    static boolean anonymous(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method))
                && request.getRequestedSessionId() == null
                && !hasCookie(request, REMEMBER_ME_COOKIE)
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getHeader("HX-Request") == null
                && request.getRequestURI().indexOf(';') < 0
                && !PrivatePages.matches(request.getRequestURI())
                && scope(request) != null;
    }

    /** Method-independent: the language, the path and the query as sent. */
    static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return scope(request) + ' ' + request.getRequestURI() + (query == null ? "" : '?' + query);
    }

    /**
     * The language code the address names, {@code *} for the language-neutral public reads (the
     * read API and oEmbed, whose answers depend on the address alone), else null: not cacheable.
     */
    private static String scope(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith("/api/v1/") || path.equals("/oembed")) {
            return "*";
        }
        Lang lang = explicitLang(request);
        return lang == null ? null : lang.code();
    }

    /**
     * The language the address names, by its path or its {@code lang} parameter; else null. The
     * parameter is decoded here from the query as sent, the first {@code lang} as the servlet reads it,
     * but not through the servlet's parameters: those are left for the page, so a query that cannot be
     * decoded is refused there (400, logged at DEBUG), and a form body is never read here.
     */
    private static Lang explicitLang(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.length() >= 3 && path.charAt(0) == '/' && (path.length() == 3 || path.charAt(3) == '/')) {
            return Lang.fromCode(path.substring(1, 3)).orElse(null);
        }
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        try {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if ("lang".equals(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), UTF_8))) {
                    return eq < 0
                            ? null
                            : Lang.fromCode(URLDecoder.decode(pair.substring(eq + 1), UTF_8))
                                    .orElse(null);
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a broken escape: the page answers 400, nothing to cache
        }
        return null;
    }

    private static boolean hasCookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean storable(HttpServletRequest request, ContentCachingResponseWrapper response) {
        String contentType = response.getContentType();
        String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        return response.getStatus() == HttpServletResponse.SC_OK
                && !request.isAsyncStarted()
                && !response.isCommitted()
                && contentType != null
                && STORED_TYPES.stream().anyMatch(contentType::startsWith)
                && !response.containsHeader(HttpHeaders.SET_COOKIE)
                && request.getSession(false) == null
                && (cacheControl == null || !cacheControl.contains("private"))
                && response.getHeaders(HttpHeaders.VARY).stream()
                        .flatMap(v -> List.of(v.split(",")).stream())
                        .map(v -> v.trim().toLowerCase(Locale.ROOT))
                        // htmx requests are neither served nor stored here, so a page that varies by them
                        // (the exercise library's filters) is still one page to the cache
                        .allMatch(v -> v.isEmpty()
                                || v.equals("accept-encoding")
                                || v.equals("cookie")
                                || v.equals("hx-request"));
    }

    private static List<CachedPage.Header> headers(HttpServletResponse response) {
        List<CachedPage.Header> headers = new ArrayList<>();
        var names = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(response.getHeaderNames());
        for (String name : names) {
            if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(new CachedPage.Header(name, value)));
            }
        }
        return headers;
    }

    /** The stored page with its own headers, or a 304 when the client's copy is this one. */
    private void send(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        page.headers().forEach(h -> response.addHeader(h.name(), h.value()));
        response.setLocale(page.locale());
        response.setContentType(page.contentType());
        response.setHeader(HttpHeaders.CACHE_CONTROL, properties.cacheControl());
        response.setHeader(HttpHeaders.VARY, "Accept-Encoding, Cookie");
        TransportHeaders.apply(request, response);
        boolean gzip = acceptsGzip(request);
        if (new ServletWebRequest(request, response)
                .checkNotModified(gzip ? page.gzipEtag() : page.etag(), page.lastModified())) {
            cache.notModified();
            return;
        }
        byte[] body = gzip ? page.gzipped() : page.body();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** gzip listed in Accept-Encoding with a weight above zero. */
    static boolean acceptsGzip(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accept == null) {
            return false;
        }
        for (String coding : accept.split(",")) {
            String[] parts = coding.trim().split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            if (name.equals("gzip") || name.equals("x-gzip")) {
                for (int i = 1; i < parts.length; i++) {
                    String param = parts[i].trim().replace(" ", "");
                    if (param.startsWith("q=")) {
                        try {
                            return Double.parseDouble(param.substring(2)) > 0;
                        } catch (NumberFormatException e) {
                            return false;
                        }
                    }
                }
                return true;
            }
        }
        return false;
    }
}
