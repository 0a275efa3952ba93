package uk.police.spo.documents;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/** The person an order is sought against or made against, as the court papers name them. */
public record Defendant(
        String name,
        List<String> aliases,
        LocalDate dateOfBirth,
        String homeAddress) {

    public Defendant {
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    boolean under18On(LocalDate day) {
        return dateOfBirth != null && Period.between(dateOfBirth, day).getYears() < 18;
    }
}
