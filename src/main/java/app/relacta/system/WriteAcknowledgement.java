package app.relacta.system;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Notes on the request when one of its writes is committed (Spring Boot adds this
 * listener to the transaction manager), so that a failure after it (the login session
 * that could not be written, a page that could not be drawn) never tells a person that
 * what they sent was not saved.
 */
@Component
public class WriteAcknowledgement implements TransactionExecutionListener {

	private static final String COMMITTED = WriteAcknowledgement.class.getName() + ".committed";

	@Override
	public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (commitFailure == null && !transaction.isReadOnly() && request != null) {
			request.setAttribute(COMMITTED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
		}
	}

	/** Whether a write of this request was committed. */
	public static boolean committed(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(COMMITTED));
	}

}
