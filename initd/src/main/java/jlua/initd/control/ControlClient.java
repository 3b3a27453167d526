package jlua.initd.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import jlua.initd.supervise.Reply;

/** {@code jinit ctl}: sends one command to the control socket and returns the reply. */
public final class ControlClient {
  private ControlClient() {}

  public static Reply send(Path socket, List<String> words) {
    try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      ch.write(ByteBuffer.wrap((String.join(" ", words) + "\n").getBytes(StandardCharsets.UTF_8)));
      BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(ch), StandardCharsets.UTF_8));
      Reply r = Wire.readReply(in);
      return r != null ? r : Reply.failure("jinit: no reply from " + socket + "\n");
    } catch (IOException e) {
      String why = e.getMessage() == null ? e.toString() : e.getMessage();
      return Reply.failure("jinit: cannot connect to " + socket + ": " + why + "\n");
    }
  }
}
