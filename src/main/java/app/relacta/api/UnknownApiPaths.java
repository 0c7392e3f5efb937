package app.relacta.api;

import app.relacta.system.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other path under /api answers a 404 problem, like every refusal of the API, not an
 * error page; routes that exist are always matched first.
 */
@RestController
@Hidden
class UnknownApiPaths {

	@RequestMapping("/api/**")
	void unknown() {
		throw new NotFoundException();
	}

}
