package uk.police.spo.documents;

import java.time.LocalDate;
import java.util.Objects;

/** When an order runs: from a day to a day, or (no end) until further order. */
public record OrderPeriod(LocalDate startsOn, LocalDate endsOn) {

    public OrderPeriod {
        Objects.requireNonNull(startsOn, "startsOn");
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("an order cannot end before it starts");
        }
    }

    public static OrderPeriod untilFurtherOrder(LocalDate startsOn) {
        return new OrderPeriod(startsOn, null);
    }

    @DocumentValue
    boolean untilFurtherOrder() {
        return endsOn == null;
    }

    /** Stalking Protection Act 2019 s.3(2)(b): a fixed period of at least two years. */
    void requireAtLeastTwoYears() {
        if (endsOn != null && endsOn.isBefore(startsOn.plusYears(2))) {
            throw new IllegalArgumentException("a full order's fixed period must be at least two years");
        }
    }
}
