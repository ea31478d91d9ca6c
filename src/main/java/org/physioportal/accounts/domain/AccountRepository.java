package org.physioportal.accounts.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.physioportal.accounts.Role;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    List<Account> findByCommentBlockedTrueOrderByIdDesc(Limit limit);

    /** Confirmed accounts with one of the roles that asked for mail about waiting comments. */
    @Query("""
            select distinct a from Account a join a.roles r
            where a.notifyModeration = true and a.verifiedAt is not null and r in :roles
            order by a.id""")
    List<Account> findModerationSubscribers(Collection<Role> roles);

    @Query("select distinct a.id from Account a join a.roles r where a.id in :ids and r in :staff")
    List<Long> findStaffIds(Collection<Long> ids, Collection<Role> staff);

    /** Whether a staff account other than {@code self} has this display name, compared lower-cased. */
    @Query("""
            select count(a) > 0 from Account a join a.roles r
            where r in :staff and lower(a.displayName) = :name and a.id <> :self""")
    boolean staffNamed(String name, Collection<Role> staff, long self);

    @Query("""
            select a from Account a
            where lower(a.email) like :pattern or lower(a.displayName) like :pattern
            order by a.createdAt desc, a.id desc""")
    Page<Account> search(String pattern, Pageable page);
}
