package org.physioportal.accounts.domain;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    @Query("""
            select a from Account a
            where lower(a.email) like :pattern or lower(a.displayName) like :pattern
            order by a.createdAt desc, a.id desc""")
    Page<Account> search(String pattern, Pageable page);
}
