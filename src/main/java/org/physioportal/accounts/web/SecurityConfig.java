package org.physioportal.accounts.web;

import org.physioportal.accounts.domain.AccountRepository;
import org.physioportal.accounts.domain.NormalizingPasswordEncoder;
import org.physioportal.platform.limits.RateLimiter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Who may do what. Public pages are open to everyone; account pages need a login; moderation
 * needs a moderator; {@code /admin/**} needs staff and {@code /admin/accounts/**} an admin. Form
 * login at {@code /login} with remember-me; CSRF tokens on every state-changing request (Spring
 * Security's default); the session id changes at login. The throttle and session filters are
 * created here, not as beans, so that they run once, inside the security chain only.
 */
@Configuration
@EnableConfigurationProperties(AccountsProperties.class)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new NormalizingPasswordEncoder();
    }

    /** SameSite=Lax on every cookie: the session, remember-me and anything else. */
    @Bean
    CookieSameSiteSupplier sameSiteLax() {
        return CookieSameSiteSupplier.ofLax();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_MODERATOR
                ROLE_ADMIN > ROLE_EDITOR
                ROLE_MODERATOR > ROLE_MEMBER
                ROLE_EDITOR > ROLE_MEMBER""");
    }

    @Bean
    UserDetailsService userDetailsService(AccountRepository accounts) {
        return email -> accounts.findByEmail(org.physioportal.accounts.domain.Account.normalizeEmail(email))
                .map(a -> a.principal())
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    /**
     * Account state (an unconfirmed e-mail) is checked only after the password matched, so a
     * stranger learns nothing about an address from the login answer.
     */
    static DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("E-mail address not confirmed");
            }
        });
        return provider;
    }

    @Bean
    TokenBasedRememberMeServices rememberMeServices(RememberMeKey key, UserDetailsService users) {
        var services = new TokenBasedRememberMeServices(
                key.value(), users, TokenBasedRememberMeServices.RememberMeTokenAlgorithm.SHA256);
        services.setTokenValiditySeconds(30 * 24 * 3600);
        services.setParameter("remember-me");
        return services;
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            UserDetailsService users,
            PasswordEncoder encoder,
            TokenBasedRememberMeServices rememberMe,
            RateLimiter limiter,
            AccountRepository accounts,
            SessionPrincipals principals,
            LoginFlow flow)
            throws Exception {
        http.authenticationProvider(authenticationProvider(users, encoder))
                .authorizeHttpRequests(a -> a.requestMatchers(
                                "/admin/accounts", "/admin/accounts/**", "/admin/search", "/admin/search/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/admin", "/admin/**")
                        .hasAnyRole("EDITOR", "MODERATOR")
                        .requestMatchers("/moderation", "/moderation/**")
                        .hasRole("MODERATOR")
                        .requestMatchers("/account", "/account/profile", "/account/password", "/account/delete")
                        .authenticated()
                        .requestMatchers("/comments/**")
                        .authenticated()
                        .requestMatchers("/*/therapist", "/*/therapist/**")
                        .hasRole("THERAPIST")
                        .requestMatchers("/*/my", "/*/my/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.TRACE, "/**")
                        .denyAll()
                        .anyRequest()
                        .permitAll())
                .formLogin(f -> f.loginPage("/login")
                        .loginProcessingUrl("/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(flow::onSuccess)
                        .failureHandler(flow::onFailure))
                .rememberMe(r -> r.rememberMeServices(rememberMe))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessHandler(flow::onLogout))
                .requestCache(c -> c.requestCache(new NullRequestCache()))
                .exceptionHandling(e -> e.authenticationEntryPoint(flow::toLogin))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentTypeOptions(c -> c.disable()).frameOptions(f -> f.disable()))
                .addFilterBefore(new LoginThrottleFilter(limiter), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(
                        new SessionEpochFilter(accounts, rememberMe, principals), RememberMeAuthenticationFilter.class);
        return http.build();
    }
}
