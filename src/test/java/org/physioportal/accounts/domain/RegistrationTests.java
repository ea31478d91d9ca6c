package org.physioportal.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.physioportal.shared.Lang;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Registration costs the same whatever the address (issue 22, item 3): one Argon2 hash, one token
 * written and one mail, for a new address, a pending one and a confirmed one. Counted, not timed:
 * the times are measured by {@code bench/registration/timing.sh}.
 */
class RegistrationTests {

    static final String PASSWORD = "Běhám každé ráno 5 km";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);

    final AccountRepository accounts = mock(AccountRepository.class);
    final PasswordEncoder encoder = mock(PasswordEncoder.class);
    final Tokens tokens = mock(Tokens.class);
    final AccountMails mails = mock(AccountMails.class);
    final Registration registration =
            new Registration(accounts, AccountRulesFixture.rules(accounts), encoder, tokens, mails, CLOCK);

    Account stored(boolean verified) {
        var account = new Account("known@test.example", "Known", "$argon2id$old", Lang.EN, CLOCK.instant());
        ReflectionTestUtils.setField(account, "id", 7L);
        if (verified) {
            account.verify(CLOCK.instant());
        }
        return account;
    }

    /** The work done for one registration: hashes, token writes, account writes, mails. */
    record Work(long hashes, long tokenWrites, long accountWrites, long mails) {}

    Work registerAndCount(Optional<Account> existing) {
        when(accounts.findByEmail(anyString())).thenReturn(existing);
        when(accounts.save(any())).thenAnswer(i -> {
            Account a = i.getArgument(0);
            ReflectionTestUtils.setField(a, "id", 8L);
            return a;
        });
        when(encoder.encode(any())).thenReturn("$argon2id$new");
        when(tokens.issue(anyLong(), eq(TokenPurpose.VERIFY))).thenReturn("token");
        when(tokens.issue(anyLong(), eq(TokenPurpose.RESET))).thenReturn("token");
        registration.register("known@test.example", "Someone New", PASSWORD, Lang.EN, null);
        return new Work(
                count(encoder, "encode"),
                count(tokens, "issue"),
                count(accounts, "save")
                        + (existing.map(a -> "$argon2id$new".equals(a.passwordHash()) ? 1 : 0)
                                .orElse(0)),
                mockingDetails(mails).getInvocations().size());
    }

    static long count(Object mock, String method) {
        return mockingDetails(mock).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals(method))
                .count();
    }

    @Test
    void aNewAddressHashesOnceWritesATokenAndMails() {
        assertThat(registerAndCount(Optional.empty())).isEqualTo(new Work(1, 1, 1, 1));
    }

    @Test
    void aConfirmedAddressDoesTheSameWork() {
        assertThat(registerAndCount(Optional.of(stored(true)))).isEqualTo(new Work(1, 1, 0, 1));
    }

    @Test
    void aPendingAddressDoesTheSameWorkAndTakesTheNewPassword() {
        var pending = stored(false);
        assertThat(registerAndCount(Optional.of(pending))).isEqualTo(new Work(1, 1, 1, 1));
        assertThat(pending.displayName()).isEqualTo("Someone New");
    }
}
