package app.relacta.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Something that does not exist, or that belongs to someone else: both answer 404, so the
 * existence of another person's data is never revealed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException() {
		super("Not found", null, false, false);
	}

}
