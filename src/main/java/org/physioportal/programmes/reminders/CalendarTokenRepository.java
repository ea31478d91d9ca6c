package org.physioportal.programmes.reminders;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarTokenRepository extends JpaRepository<CalendarToken, Long> {

    Optional<CalendarToken> findByTokenHash(String tokenHash);
}
