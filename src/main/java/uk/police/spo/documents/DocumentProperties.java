package uk.police.spo.documents;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the force's documents say about the force itself: its name as applicant and on every order, and the police
 * stations where a defendant may notify in person (named in the notice of the notification requirements).
 */
@ConfigurationProperties("spo.documents")
record DocumentProperties(String policeForce, List<String> notificationStations) {

    DocumentProperties {
        if (policeForce == null || policeForce.isBlank()) {
            throw new IllegalArgumentException("spo.documents.police-force must name the force");
        }
        notificationStations = notificationStations == null ? List.of() : List.copyOf(notificationStations);
    }
}
