package app.relacta.system;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Words that suit who reads them. The app's texts speak to the parent ("your plan"); when
 * a consultant reads a client's pages, a message {@code key} is first looked up as
 * {@code key.client}, with the client's name as one more argument after the usual ones
 * ("{1}’s plan"), so the page speaks about the client to the consultant. A key without
 * such a variant is read as written. The client is named for the request by
 * {@link #readingAbout(String)}; this wraps the application's message source, so
 * templates, {@code #messages} and code all get the same words.
 */
@Component
public class ReaderAwareMessages implements BeanPostProcessor {

	static final String CLIENT_NAME = ReaderAwareMessages.class.getName() + ".client";

	static final String SUFFIX = ".client";

	/**
	 * Names the client whose data this request shows to a consultant.
	 */
	public static void readingAbout(String clientName) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(CLIENT_NAME, clientName, RequestAttributes.SCOPE_REQUEST);
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if ("messageSource".equals(name) && bean instanceof HierarchicalMessageSource source) {
			return new Wrapper(source);
		}
		return bean;
	}

	private static @Nullable String clientName() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return (request != null
				&& request.getAttribute(CLIENT_NAME, RequestAttributes.SCOPE_REQUEST) instanceof String name) ? name
						: null;
	}

	private static Object[] withName(Object @Nullable [] args, String name) {
		Object[] all = (args != null) ? Arrays.copyOf(args, args.length + 1) : new Object[1];
		all[all.length - 1] = name;
		return all;
	}

	/** The application's message source, asked for the client's variant first. */
	private record Wrapper(HierarchicalMessageSource delegate) implements HierarchicalMessageSource {

		@Override
		public @Nullable String getMessage(String code, Object @Nullable [] args, @Nullable String defaultMessage,
				@Nullable Locale locale) {
			String variant = variant(code, args, locale);
			return (variant != null) ? variant : this.delegate.getMessage(code, args, defaultMessage, locale);
		}

		@Override
		public String getMessage(String code, Object @Nullable [] args, @Nullable Locale locale)
				throws NoSuchMessageException {
			String variant = variant(code, args, locale);
			return (variant != null) ? variant : this.delegate.getMessage(code, args, locale);
		}

		@Override
		public String getMessage(MessageSourceResolvable resolvable, @Nullable Locale locale)
				throws NoSuchMessageException {
			String[] codes = resolvable.getCodes();
			if (codes != null) {
				for (String code : codes) {
					String variant = variant(code, resolvable.getArguments(), locale);
					if (variant != null) {
						return variant;
					}
				}
			}
			return this.delegate.getMessage(resolvable, locale);
		}

		private @Nullable String variant(String code, Object @Nullable [] args, @Nullable Locale locale) {
			String name = clientName();
			if (name == null || code.endsWith(SUFFIX)) {
				return null;
			}
			return this.delegate.getMessage(code + SUFFIX, withName(args, name), null, locale);
		}

		@Override
		public void setParentMessageSource(@Nullable MessageSource parent) {
			this.delegate.setParentMessageSource(parent);
		}

		@Override
		public @Nullable MessageSource getParentMessageSource() {
			return this.delegate.getParentMessageSource();
		}

	}

}
