package com.storeboard.cache;

import com.storeboard.diagnosis.model.Snapshot;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import redis.clients.jedis.BinaryJedisPubSub;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Response;
import redis.clients.jedis.Transaction;
import redis.clients.jedis.params.SetParams;

/**
 * The one class that sends Redis commands (over Jedis, from the pool Spring configures with its short timeouts).
 * Every method throws {@link RedisUnavailable} when Redis does not answer; callers decide what that means.
 */
class RedisSnapshotStore {

    /** Deletes the lock only if it still holds our value: a lock that expired and was taken by another run stays. */
    private static final String COMPARE_AND_DELETE =
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

    /** Gives the lock a new lifetime only if it still holds our value. */
    private static final String COMPARE_AND_EXPIRE =
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

    private final RedisConnectionFactory connections;
    private final CacheKeys keys;

    RedisSnapshotStore(RedisConnectionFactory connections, CacheKeys keys) {
        this.connections = connections;
        this.keys = keys;
    }

    CacheKeys keys() {
        return keys;
    }

    /**
     * A stored value with its meta (null when absent) and the remaining lifetime in ms (negative when it has none).
     */
    record Stored(byte[] value, byte[] meta, long ttlMillis) {
    }

    /** The latest value of a scope, in one round trip. */
    Stored latest(Snapshot.Scope scope) {
        return read(keys.latest(scope), keys.latestMeta(scope));
    }

    Stored lastGood(Snapshot.Scope scope) {
        return read(keys.lastGood(scope), keys.lastGoodMeta(scope));
    }

    private Stored read(String valueKey, String metaKey) {
        byte[] key = CacheKeys.bytes(valueKey);
        byte[] meta = CacheKeys.bytes(metaKey);
        return call(jedis -> {
            var pipeline = jedis.pipelined();
            Response<byte[]> value = pipeline.get(key);
            Response<byte[]> metaValue = pipeline.get(meta);
            Response<Long> ttl = pipeline.pttl(key);
            pipeline.sync();
            return new Stored(value.get(), metaValue.get(), ttl.get());
        });
    }

    /** Writes latest (with TTL) and last-good with their metas and announces it, in one MULTI/EXEC. */
    void write(Snapshot.Scope scope, byte[] json, byte[] meta, Duration ttl, byte[] event) {
        call(jedis -> {
            Transaction tx = jedis.multi();
            SetParams expiring = SetParams.setParams().px(ttl.toMillis());
            tx.set(CacheKeys.bytes(keys.latest(scope)), json, expiring);
            tx.set(CacheKeys.bytes(keys.latestMeta(scope)), meta, expiring);
            tx.set(CacheKeys.bytes(keys.lastGood(scope)), json);
            tx.set(CacheKeys.bytes(keys.lastGoodMeta(scope)), meta);
            tx.publish(CacheKeys.bytes(keys.channel()), event);
            List<Object> replies = tx.exec();
            if (replies == null) {
                throw new RedisUnavailable("the write of " + scope.label() + " was discarded", null);
            }
            return null;
        });
    }

    /** Gives the latest key of a scope (and its meta) a new TTL; false when it no longer exists. */
    boolean touch(Snapshot.Scope scope, Duration ttl) {
        return call(jedis -> {
            var pipeline = jedis.pipelined();
            Response<Long> value = pipeline.pexpire(CacheKeys.bytes(keys.latest(scope)), ttl.toMillis());
            pipeline.pexpire(CacheKeys.bytes(keys.latestMeta(scope)), ttl.toMillis());
            pipeline.sync();
            return value.get() == 1L;
        });
    }

    /** {@code SET lock value NX PX ttl}: true when this value now holds the lock. */
    boolean tryLock(Snapshot.Scope scope, String value, Duration ttl) {
        return call(jedis -> "OK".equals(jedis.set(keys.lock(scope), value, SetParams.setParams().nx().px(ttl.toMillis()))));
    }

    /** The value now holding the lock, or null. */
    String lockHolder(Snapshot.Scope scope) {
        return call(jedis -> jedis.get(keys.lock(scope)));
    }

    /** Releases the lock if {@code value} still holds it. */
    boolean unlock(Snapshot.Scope scope, String value) {
        Object deleted = call(jedis -> jedis.eval(COMPARE_AND_DELETE, List.of(keys.lock(scope)), List.of(value)));
        return Long.valueOf(1L).equals(deleted);
    }

    /** Extends the lock to {@code ttl} from now if {@code value} still holds it; false when it was lost. */
    boolean extendLock(Snapshot.Scope scope, String value, Duration ttl) {
        Object extended = call(jedis -> jedis.eval(COMPARE_AND_EXPIRE, List.of(keys.lock(scope)),
                List.of(value, Long.toString(ttl.toMillis()))));
        return Long.valueOf(1L).equals(extended);
    }

    /** What another thread may do with a subscription in progress. */
    interface Subscribed {
        /** Sends PING on the subscription; the answer arrives as a pong. */
        void ping();

        void unsubscribe();

        /** Closes the connection under a subscription that no longer answers; the subscribing thread then fails. */
        void abort();
    }

    /** What a subscription reports, on the subscribing thread. */
    interface SubscriptionEvents {
        /** Connected, SUBSCRIBE not yet confirmed: from now on the handle works. */
        void connected(Subscribed handle);

        void subscribed();

        void message(byte[] message);

        void pong();
    }

    /** Blocks the calling thread in SUBSCRIBE until the connection breaks or the subscription is ended. */
    void subscribe(SubscriptionEvents events) {
        call(jedis -> {
            byte[] channel = CacheKeys.bytes(keys.channel());
            BinaryJedisPubSub pubSub = new BinaryJedisPubSub() {
                @Override
                public void onMessage(byte[] ch, byte[] message) {
                    events.message(message);
                }

                @Override
                public void onSubscribe(byte[] ch, int subscribedChannels) {
                    events.subscribed();
                }

                @Override
                public void onPong(byte[] pattern) {
                    events.pong();
                }
            };
            events.connected(new Subscribed() {
                @Override
                public void ping() {
                    pubSub.ping();
                }

                @Override
                public void unsubscribe() {
                    pubSub.unsubscribe();
                }

                @Override
                public void abort() {
                    jedis.disconnect();
                }
            });
            jedis.subscribe(pubSub, channel);
            return null;
        });
    }

    /** Removes latest and last-good of a scope (the lock stays with its owner). */
    void delete(Snapshot.Scope scope) {
        call(jedis -> jedis.del(keys.latest(scope), keys.latestMeta(scope), keys.lastGood(scope), keys.lastGoodMeta(scope)));
    }

    /** PING, for the monitor; the reply time is measured by the caller. */
    String ping() {
        return call(Jedis::ping);
    }

    private <T> T call(Function<Jedis, T> command) {
        try (RedisConnection connection = connections.getConnection()) {
            return command.apply((Jedis) connection.getNativeConnection());
        } catch (RedisUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RedisUnavailable(describe(e), e);
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 200 ? message.substring(0, 200) : message;
    }

    /** Redis did not answer (refused, timed out, pool exhausted) or refused the command. */
    static final class RedisUnavailable extends RuntimeException {
        RedisUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static String utf8(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
