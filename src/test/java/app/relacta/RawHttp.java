package app.relacta;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP request written by hand on a socket to the real server, for headers a client
 * library will not send as given (a forged {@code Host}).
 */
public final class RawHttp {

	private RawHttp() {
	}

	/** Sends {@code request} as it is to the server on {@code port}; the whole answer. */
	public static String exchange(int port, String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
