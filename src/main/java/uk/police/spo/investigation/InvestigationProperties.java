package uk.police.spo.investigation;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the investigation capability ({@code spo.investigation}).
 *
 * @param evidence where evidence files are kept and how large one may be
 * @param victimUpdate the Victims' Code deadlines for telling the victim of a key event
 */
@ConfigurationProperties("spo.investigation")
record InvestigationProperties(Evidence evidence, VictimUpdate victimUpdate) {

	InvestigationProperties {
		evidence = evidence == null ? new Evidence(null, null) : evidence;
		victimUpdate = victimUpdate == null ? new VictimUpdate(null, null) : victimUpdate;
	}

	/**
	 * @param directory the folder evidence files are stored in, each named by its item's id
	 * @param maxSize the largest file accepted (keep spring.servlet.multipart limits in step)
	 */
	record Evidence(Path directory, DataSize maxSize) {

		Evidence {
			directory = directory == null ? Path.of("data", "evidence") : directory;
			maxSize = maxSize == null ? DataSize.ofMegabytes(20) : maxSize;
		}

	}

	/**
	 * @param workingDays working days to tell a victim of an arrest, a charge or no further action
	 * @param enhancedWorkingDays the same for a victim with enhanced rights (persistently targeted or intimidated)
	 */
	record VictimUpdate(Integer workingDays, Integer enhancedWorkingDays) {

		VictimUpdate {
			workingDays = workingDays == null ? 5 : workingDays;
			enhancedWorkingDays = enhancedWorkingDays == null ? 1 : enhancedWorkingDays;
			if (workingDays < 1 || enhancedWorkingDays < 1) {
				throw new IllegalStateException("spo.investigation.victim-update deadlines are at least one working day");
			}
		}

	}

}
