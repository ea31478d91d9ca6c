package org.physioportal.editorial.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.accounts.Role;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The URL rules let every member of staff into {@code /admin}; only editors (and admins) change
 * anything there. Moderators may look at the back office, every POST of theirs is refused (403)
 * before a handler or a validator runs. Account administration has its own rules.
 */
@Configuration
class EditorialAccess implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                            throws Exception {
                        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
                            return true;
                        }
                        var auth = SecurityContextHolder.getContext().getAuthentication();
                        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p && p.has(Role.EDITOR)) {
                            return true;
                        }
                        response.sendError(HttpServletResponse.SC_FORBIDDEN);
                        return false;
                    }
                })
                .addPathPatterns("/admin", "/admin/**")
                .excludePathPatterns("/admin/accounts", "/admin/accounts/**");
    }
}
