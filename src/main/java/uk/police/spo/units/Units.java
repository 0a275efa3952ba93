package uk.police.spo.units;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import uk.police.spo.security.UnitGroups;

/** Which unit a case belongs to, and who is in which unit. */
@Service
@EnableConfigurationProperties(UnitProperties.class)
public class Units implements UnitGroups {

	/** A UK postcode's outward code: area letters, district digits, optional letter; then the inward code. */
	private static final Pattern POSTCODE = Pattern
		.compile("\\b([A-Z]{1,2})(\\d[A-Z\\d]?)\\s*\\d[A-Z]{2}\\b");

	private final UnitProperties properties;

	public Units(UnitProperties properties) {
		this.properties = properties;
	}

	/** The unit covering the last postcode in an address; the default unit when there is none. */
	public String forAddress(String address) {
		return postcodeOf(address).flatMap(this::unitCovering).orElse(properties.defaultUnit());
	}

	public UnitProperties.Unit unit(String code) {
		return properties.unit(code);
	}

	public List<UnitProperties.Unit> all() {
		return properties.areas();
	}

	@Override
	public List<String> unitGroups() {
		return all().stream().map(UnitProperties.Unit::group).toList();
	}

	/** The codes of the units whose groups are among these groups. */
	public List<String> unitsOf(Collection<String> groups) {
		return properties.areas().stream().filter(u -> groups.contains(u.group())).map(UnitProperties.Unit::code).toList();
	}

	private Optional<String[]> postcodeOf(String address) {
		if (address == null) {
			return Optional.empty();
		}
		Matcher matcher = POSTCODE.matcher(address.toUpperCase(Locale.ROOT));
		String[] found = null;
		while (matcher.find()) {
			found = new String[] { matcher.group(1), matcher.group(1) + matcher.group(2) };
		}
		return Optional.ofNullable(found);
	}

	private Optional<String> unitCovering(String[] areaAndDistrict) {
		return properties.areas()
			.stream()
			.flatMap(u -> u.postcodeAreas().stream().map(p -> new String[] { u.code(), p.toUpperCase(Locale.ROOT) }))
			.filter(pair -> pair[1].equals(areaAndDistrict[0]) || pair[1].equals(areaAndDistrict[1]))
			.max(Comparator.comparingInt(pair -> pair[1].length()))
			.map(pair -> pair[0]);
	}

}
