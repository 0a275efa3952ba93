package uk.police.spo.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body a filter has read, up to a limit, and which the rest of the chain can read again. Reading
 * with a limit means a chunked upload without a declared length cannot grow past it.
 */
public final class CachedBodyRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	private CachedBodyRequest(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	/** The request with its body read, or null when the body is longer than {@code limit} bytes. */
	public static CachedBodyRequest read(HttpServletRequest request, int limit) throws IOException {
		byte[] body = request.getInputStream().readNBytes(limit + 1);
		return body.length > limit ? null : new CachedBodyRequest(request, body);
	}

	public byte[] body() {
		return body;
	}

	@Override
	public int getContentLength() {
		return body.length;
	}

	@Override
	public long getContentLengthLong() {
		return body.length;
	}

	@Override
	public ServletInputStream getInputStream() {
		ByteArrayInputStream in = new ByteArrayInputStream(body);
		return new ServletInputStream() {

			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] b, int off, int len) {
				return in.read(b, off, len);
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("synchronous reads only");
			}
		};
	}

}
