package app.relacta.system;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.SessionFlashMapManager;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(BigDecimal.class, new DecimalInputFormatter());
		registry.addFormatterForFieldType(Integer.class, WholeNumberInputFormatter.INTEGER);
		registry.addFormatterForFieldType(Long.class, WholeNumberInputFormatter.LONG);
	}

	/**
	 * Flash messages waiting for their page, at most, per login session. A browser
	 * follows each redirect at once and takes its message; a script posting forms without
	 * following them would otherwise pile up a message per post for three minutes, each
	 * read and written again with the session on every request.
	 */
	static final int FLASH_MAPS_KEPT = 8;

	/**
	 * Flash messages ("Session saved") live in the login session, read by every request
	 * that reaches Spring MVC: a stylesheet's request would read the session from the
	 * database for nothing. Static files skip it, and no more than
	 * {@value #FLASH_MAPS_KEPT} wait at once (the newest).
	 */
	@Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
	FlashMapManager flashMapManager() {
		return new SessionFlashMapManager() {

			@Override
			protected @Nullable List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				return StaticFiles.matches(path) ? null : super.retrieveFlashMaps(request);
			}

			@Override
			protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request,
					HttpServletResponse response) {
				List<FlashMap> newest = (flashMaps.size() > FLASH_MAPS_KEPT)
						? new ArrayList<>(flashMaps.subList(flashMaps.size() - FLASH_MAPS_KEPT, flashMaps.size()))
						: flashMaps;
				super.updateFlashMaps(newest, request, response);
			}

		};
	}

}
