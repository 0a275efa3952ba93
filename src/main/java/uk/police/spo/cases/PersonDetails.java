package uk.police.spo.cases;

import java.time.LocalDate;

/** What a report says about one person; any part may be unknown. */
public record PersonDetails(String name, LocalDate dateOfBirth, String address, String phone, String email,
		String description, String relationshipToVictim, String onlineAccounts) {

	public static PersonDetails none() {
		return new PersonDetails(null, null, null, null, null, null, null, null);
	}

}
