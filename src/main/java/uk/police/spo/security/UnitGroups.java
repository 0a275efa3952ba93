package uk.police.spo.security;

import java.util.List;

/**
 * The identity groups of the force's units (e.g. unit-north), which start-up creates beside the role groups. The
 * units module knows them; security asks through this interface so that it depends on no capability.
 */
public interface UnitGroups {

	List<String> unitGroups();

}
