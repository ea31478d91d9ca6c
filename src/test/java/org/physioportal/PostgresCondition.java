package org.physioportal;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables {@link RequiresPostgres} classes only when PostgreSQL answers, or always in CI. */
final class PostgresCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (PostgresSupport.mandatory()) {
            return ConditionEvaluationResult.enabled("CI=true: PostgreSQL is mandatory");
        }
        String problem = PostgresSupport.unreachableBecause();
        return problem == null
                ? ConditionEvaluationResult.enabled("PostgreSQL answers")
                : ConditionEvaluationResult.disabled(problem);
    }
}
