package uk.police.spo.units;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import uk.police.spo.security.SpoGroups;

/** Whether the logged-in officer may see a case: administrators see all, everyone else their own units' cases. */
@Component
public class CaseAccess {

	private final Units units;

	CaseAccess(Units units) {
		this.units = units;
	}

	public boolean maySee(String caseUnit) {
		List<String> groups = currentGroups();
		return groups.contains(SpoGroups.ADMINS) || units.unitsOf(groups).contains(caseUnit);
	}

	/** Administrators see every unit's cases, and what belongs to no unit (such as a message for no known case). */
	public boolean seesEveryUnit() {
		return currentGroups().contains(SpoGroups.ADMINS);
	}

	/** The codes of the units whose cases the logged-in officer sees (their unit groups'). */
	public List<String> ownUnits() {
		return units.unitsOf(currentGroups());
	}

	/** Supervisors move cases between units: their own unit's cases, to any unit. */
	public boolean mayMove(String caseUnit) {
		return maySupervise(caseUnit);
	}

	/** Supervisors of the case's unit, or administrators (a failed referral sent again, a case moved). */
	public boolean maySupervise(String caseUnit) {
		List<String> groups = currentGroups();
		return groups.contains(SpoGroups.ADMINS)
				|| (groups.contains(SpoGroups.SUPERVISORS) && units.unitsOf(groups).contains(caseUnit));
	}

	private static List<String> currentGroups() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user == null ? List.of() : user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
	}

}
