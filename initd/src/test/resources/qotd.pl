#!/usr/bin/perl
# A qotd (RFC 865) for the daemon table of INTERFACES.md as written: it lives with that table's limits
# (nofile = 16, stack = 64k), which a JVM cannot. fd 3 is the listening TCP socket, fd 4 the UDP socket,
# fd 5 the quotes file, stderr the log socket (all opened by jinit). No modules: core perl only.
open(my $tcp, '+<&=', 3) or die "qotd: fd 3: $!\n";
open(my $udp, '+<&=', 4) or die "qotd: fd 4: $!\n";
open(my $quotes, '<&=', 5) or die "qotd: fd 5: $!\n";
my @quotes = grep { /\S/ } <$quotes>;
chomp @quotes;
die "qotd: no quotes\n" unless @quotes;
syswrite(STDERR, "qotd: ready with " . scalar(@quotes) . " quotes\n");
my $n = 0;
my $watched = '';
vec($watched, 3, 1) = 1;
vec($watched, 4, 1) = 1;
while (1) {
  my $ready = $watched;
  next if select($ready, undef, undef, undef) <= 0;
  my $quote = $quotes[$n++ % @quotes] . "\r\n";
  if (vec($ready, 3, 1) && accept(my $client, $tcp)) {
    syswrite($client, $quote);
    close($client);
    syswrite(STDERR, "qotd: served a quote over TCP\n");
  }
  if (vec($ready, 4, 1)) {
    my $from = recv($udp, my $ignored, 512, 0);
    send($udp, $quote, 0, $from) if defined $from;
  }
}
