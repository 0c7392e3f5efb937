package app.relacta.system;

import java.math.BigDecimal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

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
	}

	/**
	 * Flash messages ("Session saved") live in the login session, read by every request
	 * that reaches Spring MVC: a stylesheet's request would read the session from the
	 * database for nothing. Static files skip it.
	 */
	@Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
	FlashMapManager flashMapManager() {
		return new SessionFlashMapManager() {

			@Override
			protected @Nullable List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				return StaticFiles.matches(path) ? null : super.retrieveFlashMaps(request);
			}

		};
	}

}
