package org.physioportal.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Cache rules for static files (CSS, JavaScript, icons, webjars). Pages link them under their
 * content-hashed names ({@link StaticAssets}); such an address never changes its bytes, so it is kept a
 * year and never revalidated. The plain name still answers (old pages in a cache, the back office's
 * own links), but must be revalidated on every use ({@code no-cache}, answered by 304 with
 * Last-Modified), so that a new release shows at once. A hashed name with a hash that does not match
 * the file answers 404 (Spring's {@code VersionResourceResolver}).
 */
@Configuration
class StaticFilesConfig implements WebMvcConfigurer {

    /** The MD5 that Spring's {@code ContentVersionStrategy} puts before the extension. */
    static final Pattern HASHED = Pattern.compile("-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

    static final String FOREVER = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof ResourceHttpRequestHandler) {
                    boolean hashed = HASHED.matcher(request.getRequestURI()).find();
                    response.setHeader(HttpHeaders.CACHE_CONTROL, hashed ? FOREVER : REVALIDATE);
                }
                return true;
            }
        });
    }
}
