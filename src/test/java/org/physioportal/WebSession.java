package org.physioportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session against the running portal: keeps cookies, sends the CSRF token of the
 * last page it read with every form, follows no redirects (tests look at them).
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies;
    private final HttpClient http;
    private String csrf;

    public WebSession(int port) {
        this(port, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    }

    private WebSession(int port, CookieManager cookies) {
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The same browser (its cookies and last CSRF token) talking to another server on this host. */
    public WebSession on(int port) {
        WebSession other = new WebSession(port, cookies);
        other.csrf = csrf;
        return other;
    }

    public String base() {
        return base;
    }

    public HttpResponse<String> get(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        return send(request, headers);
    }

    /** A download (a PDF): the body as bytes, with this session's cookies. */
    public HttpResponse<byte[]> getBytes(String path) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .GET()
                .timeout(Duration.ofSeconds(30))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form with the CSRF token of the last page read; pairs of name and value. */
    public HttpResponse<String> post(String path, String... fields) {
        return postWith(path, new String[0], fields);
    }

    /** Posts a form with extra request headers (e.g. {@code HX-Request}). */
    public HttpResponse<String> postWith(String path, String[] headers, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        if (csrf != null && !form.containsKey("_csrf")) {
            form.put("_csrf", csrf);
        }
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, headers);
    }

    /**
     * Posts a multipart form with one file, the CSRF token of the last page read in the
     * {@code X-CSRF-TOKEN} header (as the upload script sends it); pairs of name and value.
     */
    public HttpResponse<String> postFile(
            String path, String fileName, String contentType, byte[] bytes, String... fields) {
        return multipart(path, fileName, contentType, bytes, true, fields);
    }

    /** Posts a multipart form with one file and the CSRF token as a form field, as a form without JavaScript does. */
    public HttpResponse<String> postFileWithBodyToken(
            String path, String fileName, String contentType, byte[] bytes, String... fields) {
        String[] all = java.util.Arrays.copyOf(fields, fields.length + 2);
        all[fields.length] = "_csrf";
        all[fields.length + 1] = csrf;
        return multipart(path, fileName, contentType, bytes, false, all);
    }

    private HttpResponse<String> multipart(
            String path, String fileName, String contentType, byte[] bytes, boolean tokenHeader, String... fields) {
        String boundary = "----portal" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                            + fields[i + 1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return send(request, csrf == null || !tokenHeader ? new String[0] : new String[] {"X-CSRF-TOKEN", csrf});
    }

    /** Logs in through the login form; returns the answer (a redirect when it worked). */
    public HttpResponse<String> login(String email, String password, String... extra) {
        get("/login?lang=en");
        String[] fields = new String[4 + extra.length];
        fields[0] = "email";
        fields[1] = email;
        fields[2] = "password";
        fields[3] = password;
        System.arraycopy(extra, 0, fields, 4, extra.length);
        return post("/login", fields);
    }

    /** Reads a page to pick up a fresh CSRF token (any page with a form will do). */
    public void refreshToken(String path) {
        get(path);
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .findFirst();
    }

    public void forget(String cookieName) {
        cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(cookieName))
                .toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        request.timeout(Duration.ofSeconds(20)).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
