package org.physioportal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that needs the local PostgreSQL ({@link PostgresSupport}): skipped before its Spring
 * context starts when no server answers, and mandatory in CI ({@code CI=true}), where the context's
 * {@link PostgresSupport#register} then fails loudly instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(PostgresCondition.class)
public @interface RequiresPostgres {}
