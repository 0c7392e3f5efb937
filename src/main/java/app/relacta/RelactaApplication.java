package app.relacta;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Relacta: helps a parent bring back or build a breast-milk supply.
 */
@SpringBootApplication
@EnableScheduling
public class RelactaApplication {

	public static void main(String[] args) {
		SpringApplication.run(RelactaApplication.class, args);
	}

}
