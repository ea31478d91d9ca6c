package org.physioportal.accounts.web;

import org.physioportal.accounts.domain.AccountRepository;
import org.physioportal.accounts.domain.NormalizingPasswordEncoder;
import org.physioportal.platform.limits.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Who may do what. Public pages are open to everyone; account pages need a login; moderation
 * needs a moderator; {@code /admin/**} needs staff and {@code /admin/accounts/**} an admin, as do the
 * metrics ({@code /actuator/prometheus}) unless they are on a management port of their own. Form
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
     * stranger learns nothing about an address from the login answer. The manager has no parent: a
     * parent (Boot's global manager, whose provider checks the state first) would be asked again
     * after every wrong password and answer "not confirmed". Being set explicitly, it also holds the
     * provider that accepts remember-me logins (which the remember-me configurer would otherwise add).
     */
    static ProviderManager authenticationManager(UserDetailsService users, PasswordEncoder encoder, RememberMeKey key) {
        return new ProviderManager(
                authenticationProvider(users, encoder), new RememberMeAuthenticationProvider(key.value()));
    }

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

    /**
     * Remember-me logins are rows in the database ({@code persistent_logins}, Spring Security's
     * persistent-token scheme), so they can be revoked: at logout, a password change or reset and
     * account deletion every one of the account's rows goes, on every node. The cookie holds random
     * values only; neither the key nor a password hash can make one.
     */
    @Bean
    PersistentTokenRepository rememberMeTokens(javax.sql.DataSource dataSource) {
        var tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        return tokens;
    }

    @Bean
    PersistentTokenBasedRememberMeServices rememberMeServices(
            RememberMeKey key, UserDetailsService users, PersistentTokenRepository tokens) {
        var services = new PersistentTokenBasedRememberMeServices(key.value(), users, tokens);
        services.setTokenValiditySeconds(30 * 24 * 3600);
        services.setParameter("remember-me");
        return services;
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            UserDetailsService users,
            PasswordEncoder encoder,
            PersistentTokenBasedRememberMeServices rememberMe,
            RememberMeKey rememberMeKey,
            RateLimiter limiter,
            AccountRepository accounts,
            org.physioportal.accounts.domain.AccountLookups stamps,
            SessionPrincipals principals,
            LoginFlow flow,
            @Value("${management.server.port:-1}") int managementPort)
            throws Exception {
        http.authenticationManager(authenticationManager(users, encoder, rememberMeKey))
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
                        // metrics: open on a management port of their own (not published), else admins only
                        .requestMatchers(r -> managementPort > 0 && r.getLocalPort() == managementPort)
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .hasRole("ADMIN")
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
                // these and HSTS come from platform's SecurityHeadersFilter and TransportHeaders, for every response
                .headers(h -> h.contentTypeOptions(c -> c.disable())
                        .frameOptions(f -> f.disable())
                        .httpStrictTransportSecurity(s -> s.disable()))
                .addFilterBefore(new LoginThrottleFilter(limiter), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(
                        new SessionEpochFilter(stamps, accounts, rememberMe, principals),
                        RememberMeAuthenticationFilter.class);
        return http.build();
    }
}
