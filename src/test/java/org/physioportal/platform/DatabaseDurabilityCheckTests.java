package org.physioportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physioportal.PostgresSupport;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@ExtendWith(OutputCaptureExtension.class)
class DatabaseDurabilityCheckTests {

    private final DatabaseDurabilityCheck check = new DatabaseDurabilityCheck(null);

    private static DatabaseDurabilityCheck.Settings postgres(String fsync, String fullPageWrites, String syncCommit) {
        var values = Map.of("fsync", fsync, "full_page_writes", fullPageWrites, "synchronous_commit", syncCommit);
        return fake("PostgreSQL", "jdbc:postgresql://db/portal", values);
    }

    private static DatabaseDurabilityCheck.Settings fake(String product, String url, Map<String, String> values) {
        return new DatabaseDurabilityCheck.Settings() {
            @Override
            public String product() {
                return product;
            }

            @Override
            public String url() {
                return url;
            }

            @Override
            public String setting(String name) {
                return values.get(name);
            }
        };
    }

    @Test
    void theLocalPostgresqlIsDurable(CapturedOutput output) {
        new DatabaseDurabilityCheck(PostgresSupport.dataSource()).onReady();
        assertThat(output.getOut())
                .contains("Durability check passed: PostgreSQL fsync=on, full_page_writes=on, synchronous_commit=on")
                .doesNotContain("DURABILITY RISK")
                .doesNotContain("DURABILITY NOT CHECKED");
    }

    @Test
    void postgresqlWithEverythingOnPasses(CapturedOutput output) {
        assertThat(check.check(postgres("on", "on", "on"))).isEmpty();
        assertThat(output.getOut()).contains("INFO").contains("Durability check passed");
    }

    @Test
    void eachSettingThatIsOffIsALoudWarning(CapturedOutput output) {
        assertThat(check.check(postgres("off", "off", "off"))).hasSize(3);
        assertThat(output.getOut())
                .containsPattern("WARN .*DURABILITY RISK: PostgreSQL runs with fsync=off")
                .containsPattern("WARN .*DURABILITY RISK: PostgreSQL runs with full_page_writes=off")
                .containsPattern("WARN .*DURABILITY RISK: PostgreSQL runs with synchronous_commit=off")
                .doesNotContain("Durability check passed");
    }

    @Test
    void oneSettingOffIsOneWarning(CapturedOutput output) {
        assertThat(check.check(postgres("off", "on", "on"))).hasSize(1);
        assertThat(output.getOut())
                .contains("DURABILITY RISK: PostgreSQL runs with fsync=off")
                .doesNotContain("full_page_writes=off")
                .doesNotContain("synchronous_commit=off");
    }

    @Test
    void localSynchronousCommitStillFlushesOnThisServer(CapturedOutput output) {
        assertThat(check.check(postgres("on", "on", "local"))).isEmpty();
        assertThat(check.check(postgres("on", "on", "remote_write"))).isEmpty();
        assertThat(output.getOut()).doesNotContain("DURABILITY RISK");
    }

    @Test
    void h2FileWithoutWriteDelayZeroIsWarned(CapturedOutput output) {
        assertThat(check.check(fake("H2", "jdbc:h2:file:./data/db/portal;DB_CLOSE_ON_EXIT=FALSE", Map.of())))
                .hasSize(1);
        assertThat(check.check(fake("H2", "jdbc:h2:file:./data/db/portal;WRITE_DELAY=500", Map.of())))
                .hasSize(1);
        assertThat(check.check(fake("H2", "jdbc:h2:file:./data/db/portal", Map.of("WRITE_DELAY", "500"))))
                .hasSize(1);
        assertThat(output.getOut())
                .containsPattern("WARN .*DURABILITY RISK: H2 database .* runs with WRITE_DELAY=default instead of 0")
                .containsPattern("WARN .*DURABILITY RISK: H2 database .* runs with WRITE_DELAY=500 instead of 0");
    }

    @Test
    void h2FileWithWriteDelayZeroPasses(CapturedOutput output) {
        assertThat(check.check(
                        fake("H2", "jdbc:h2:file:./data/db/portal;write_delay=0;DB_CLOSE_ON_EXIT=FALSE", Map.of())))
                .isEmpty();
        assertThat(output.getOut()).contains("Durability check passed: H2").doesNotContain("DURABILITY RISK");
    }

    @Test
    void aRealH2FileDatabaseIsCheckedByItsSettingInForce(CapturedOutput output) {
        // H2 reports its URL without the settings, so the check asks the database itself
        String file = "jdbc:h2:file:./target/test-data/durability-" + System.nanoTime();
        new DatabaseDurabilityCheck(new DriverManagerDataSource(file + "/durable;WRITE_DELAY=0", "sa", "")).onReady();
        assertThat(output.getOut()).contains("Durability check passed: H2").doesNotContain("DURABILITY");
        new DatabaseDurabilityCheck(new DriverManagerDataSource(file + "/default", "sa", "")).onReady();
        assertThat(output.getOut())
                .containsPattern("WARN .*DURABILITY RISK: H2 database .* WRITE_DELAY=500 instead of 0");
    }

    @Test
    void anUnreachableDatabaseIsReportedNotFatal(CapturedOutput output) {
        var nowhere = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none", "x", "");
        new DatabaseDurabilityCheck(nowhere).onReady();
        assertThat(output.getOut()).containsPattern("WARN .*DURABILITY NOT CHECKED");
    }
}
