package org.physioportal.companion.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.companion.PatientAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The consent step before any health data is kept: every patient page under {@code /{lang}/my/**}
 * except the consent page itself and the privacy page (which can always show, export and delete)
 * sends a person who has not consented yet to {@code /{lang}/my/consent}, and back afterwards. Later
 * modules' pages under the prefix get the step without doing anything.
 */
@Configuration
class ConsentGate implements WebMvcConfigurer {

    /** Through a provider, so that MVC slice tests (which have no services) still start; looked up once. */
    private final SingletonSupplier<PatientAccess> access;

    ConsentGate(ObjectProvider<PatientAccess> access) {
        this.access = SingletonSupplier.of(access::getObject);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                            throws java.io.IOException {
                        return passes(request, response);
                    }
                })
                .addPathPatterns("/*/my", "/*/my/**")
                .excludePathPatterns("/*/my/consent", "/*/my/privacy", "/*/my/privacy/**");
    }

    private boolean passes(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null
                || !(auth.getPrincipal() instanceof AccountPrincipal viewer)
                || access.obtain().hasConsented(viewer.id())) {
            return true;
        }
        String path = request.getRequestURI();
        String next = "GET".equals(request.getMethod()) ? path : path.substring(0, 3) + "/my/today";
        response.sendRedirect(
                path.substring(0, 3) + "/my/consent?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        return false;
    }
}
