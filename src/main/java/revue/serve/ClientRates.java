package revue.serve;

import java.net.InetAddress;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests per client address: a token bucket per address that holds a minute's allowance and
 * refills continuously. Thread-safe.
 */
final class ClientRates {

  private static final int MAX_CLIENTS = 10_000;

  private final int perMinute;
  private final ConcurrentHashMap<InetAddress, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * @param perMinute requests per client and minute; 0 for no limit
   */
  ClientRates(int perMinute) {
    this.perMinute = perMinute;
  }

  boolean allow(InetAddress client) {
    if (perMinute == 0) {
      return true;
    }
    if (buckets.size() > MAX_CLIENTS) {
      // forget the quiet clients rather than grow without bound
      long now = System.nanoTime();
      buckets.values().removeIf(b -> b.full(now));
      if (buckets.size() > MAX_CLIENTS) {
        buckets.clear();
      }
    }
    return buckets.computeIfAbsent(client, c -> new Bucket(perMinute)).take(System.nanoTime());
  }

  private static final class Bucket {
    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    Bucket(int perMinute) {
      this.capacity = perMinute;
      this.perNano = perMinute / 60e9;
      this.tokens = perMinute;
      this.last = System.nanoTime();
    }

    synchronized boolean take(long now) {
      tokens = Math.min(capacity, tokens + (now - last) * perNano);
      last = now;
      if (tokens < 1) {
        return false;
      }
      tokens -= 1;
      return true;
    }

    synchronized boolean full(long now) {
      return tokens + (now - last) * perNano >= capacity;
    }
  }
}
