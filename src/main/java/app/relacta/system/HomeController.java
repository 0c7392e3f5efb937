package app.relacta.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in start page. Until the Today page exists, a parent starts at their
 * journal.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "redirect:/journal";
	}

}
