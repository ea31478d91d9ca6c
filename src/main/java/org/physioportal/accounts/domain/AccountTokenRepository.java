package org.physioportal.accounts.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    @Modifying
    @Query("delete from AccountToken t where t.accountId = :accountId and t.purpose = :purpose")
    void deleteAll(long accountId, TokenPurpose purpose);

    @Modifying
    @Query("delete from AccountToken t where t.accountId = :accountId")
    void deleteAllOf(long accountId);
}
