package uk.police.spo.intake;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public online report page: static files under {@code /report/}, served at {@code /report} without a login. */
@Controller
class ReportPageController {

	@GetMapping({ "/report", "/report/" })
	String reportPage() {
		return "forward:/report/index.html";
	}

}
