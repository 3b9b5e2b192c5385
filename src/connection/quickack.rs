//! `TCP_QUICKACK` while logging in (Linux; elsewhere a plain stream).
//!
//! During login the server often writes twice in a row (Prosody: the
//! stream header, then the features) and holds its second write (Nagle)
//! until we acknowledge the first, while our kernel delays that ACK (up to
//! 40 ms) because we have nothing to send yet. Quick-ACK mode lasts only
//! until the kernel leaves it again, so it is re-armed after each of the
//! first reads; after those (login is over) the stream is left alone.
//! No effect on what is sent or received.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

/// How many reads re-arm quick ACKs: enough for STARTTLS, TLS, SASL,
/// bind and stream management.
const ARMED_READS: u32 = 48;

pub struct QuickAck {
    inner: TcpStream,
    reads_left: u32,
}

impl QuickAck {
    pub fn new(inner: TcpStream) -> QuickAck {
        let s = QuickAck {
            inner,
            reads_left: ARMED_READS,
        };
        s.arm();
        s
    }

    fn arm(&self) {
        #[cfg(target_os = "linux")]
        {
            let _ = socket2::SockRef::from(&self.inner).set_tcp_quickack(true);
        }
    }
}

impl AsyncRead for QuickAck {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let r = Pin::new(&mut self.inner).poll_read(cx, buf);
        if self.reads_left > 0 && matches!(r, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            self.reads_left -= 1;
            self.arm();
        }
        r
    }
}

impl AsyncWrite for QuickAck {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}

#[cfg(test)]
mod tests {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    #[tokio::test]
    async fn data_passes_unchanged_and_re_arming_stops() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move {
            let (mut s, _) = listener.accept().await.unwrap();
            for i in 0..60u8 {
                s.write_all(&[i]).await.unwrap();
                let mut b = [0u8; 1];
                s.read_exact(&mut b).await.unwrap();
            }
        });
        let mut q = super::QuickAck::new(tokio::net::TcpStream::connect(addr).await.unwrap());
        for i in 0..60u8 {
            let mut b = [0u8; 1];
            q.read_exact(&mut b).await.unwrap();
            assert_eq!(b[0], i);
            q.write_all(&b).await.unwrap();
        }
        assert_eq!(q.reads_left, 0);
        server.await.unwrap();
    }
}
