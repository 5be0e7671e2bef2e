package agency.suits.briefs.jobrequest;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/** One milestone of a job's traffic schedule; {@code completedOn} is set when it was met. */
@Embeddable
public class ScheduledMilestone {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public LocalDate dueOn;

    public LocalDate completedOn;

    public ScheduledMilestone() {
    }

    public ScheduledMilestone(String name, LocalDate dueOn, LocalDate completedOn) {
        this.name = name;
        this.dueOn = dueOn;
        this.completedOn = completedOn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScheduledMilestone that && Objects.equals(name, that.name)
                && Objects.equals(dueOn, that.dueOn) && Objects.equals(completedOn, that.completedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, dueOn, completedOn);
    }
}
