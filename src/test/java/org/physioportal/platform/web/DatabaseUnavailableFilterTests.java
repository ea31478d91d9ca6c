package org.physioportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.physioportal.platform.SiteProperties;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.ViewResolver;

/** Failures outside controllers (security filters, view rendering) become the 503 answer as well. */
class DatabaseUnavailableFilterTests {

    private final DatabaseOutages outages = new DatabaseOutages();

    // no view resolver here: the filter falls back to the container's error page for status 503
    private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(
            new StaticListableBeanFactory().getBeanProvider(ViewResolver.class),
            new StaticListableBeanFactory().getBeanProvider(SiteProperties.class),
            outages);

    private MockHttpServletResponse run(Exception failure) throws Exception {
        var request = new MockHttpServletRequest("GET", "/en/articles");
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            if (failure instanceof ServletException s) {
                throw s;
            }
            throw (RuntimeException) failure;
        });
        return response;
    }

    @Test
    void aViewThatLosesTheDatabaseWhileRenderingGets503() throws Exception {
        // what DispatcherServlet throws when a template fails while it renders
        var inView = new ServletException(
                "Request processing failed",
                new IllegalStateException(
                        "template error",
                        new DataAccessResourceFailureException(
                                "could not execute statement",
                                new JDBCConnectionException("I/O error", new java.sql.SQLException("EOF", "08006")))));
        var response = run(inView);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
    }

    @Test
    void aSecurityFilterWithoutAConnectionGets503() throws Exception {
        var noConnection = new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms"));
        var response = run(noConnection);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
    }

    @Test
    void otherFailuresPassThrough() {
        assertThatThrownBy(() -> run(new IllegalStateException("a bug")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a bug");
        assertThatThrownBy(() -> run(new ServletException("a bug", new java.sql.SQLException("syntax", "42601"))))
                .isInstanceOf(ServletException.class);
    }
}
