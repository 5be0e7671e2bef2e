package agency.suits.creative.job;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The last milestone of a job's schedule as traffic last set it; none when the schedule was cleared. */
@Entity
public class TrafficSchedule extends PanacheEntityBase {

    @Id
    public String jobNumber;

    public LocalDate lastDueOn;

    public Instant changedAt;

    /** The schedule's last day, if traffic has scheduled the job and left a milestone on it. */
    public static Optional<LocalDate> lastDueOn(String jobNumber) {
        return TrafficSchedule.<TrafficSchedule>findByIdOptional(jobNumber).map(schedule -> schedule.lastDueOn);
    }

    static Optional<TrafficSchedule> locked(String jobNumber) {
        return findByIdOptional(jobNumber, LockModeType.PESSIMISTIC_WRITE);
    }
}
