package org.physioportal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.physioportal.platform.PathLocaleResolver;
import org.physioportal.platform.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The database outage answer for failures that no controller advice sees: a security filter that
 * reads the account of a logged-in session or of a remember-me cookie, or a view that fails while
 * it renders. While nothing has been sent yet, the site's 503 page is rendered here, with a
 * Retry-After header; any other failure passes on untouched.
 *
 * <p>The page is rendered directly rather than through the container's error page: the error
 * dispatch runs the security filters again, and remember-me would reach for the database a second
 * time and leave Tomcat's bare error report. Runs just inside {@link SecurityHeadersFilter}, so the
 * page has the security headers and its script nonce.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    private static final PathLocaleResolver LOCALES = new PathLocaleResolver();

    private final ObjectProvider<ViewResolver> views;
    private final ObjectProvider<SiteProperties> site;
    private final DatabaseOutages outages;

    DatabaseUnavailableFilter(
            @Qualifier("thymeleafViewResolver") ObjectProvider<ViewResolver> views,
            ObjectProvider<SiteProperties> site,
            DatabaseOutages outages) {
        this.views = views;
        this.site = site;
        this.outages = outages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (response.isCommitted() || !DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            response.resetBuffer();
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            outages.answer(request, response, e);
            render(request, response);
        }
    }

    private void render(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ViewResolver resolver = views.getIfAvailable();
        SiteProperties properties = site.getIfAvailable();
        if (resolver != null && properties != null) {
            try {
                // the page's language comes from the URL, as on every other page
                request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, LOCALES);
                View view = resolver.resolveViewName("error/503", LOCALES.resolveLocale(request));
                if (view != null) {
                    view.render(Map.of("site", properties), request, response);
                    return;
                }
            } catch (Exception renderFailed) {
                log.warn("Could not render the 503 page: {}", renderFailed.toString());
                if (response.isCommitted()) {
                    return;
                }
                response.resetBuffer();
            }
        }
        response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
    }
}
