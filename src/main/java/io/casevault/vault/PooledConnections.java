package io.casevault.vault;

import org.jdbi.v3.core.ConnectionFactory;
import org.sqlite.SQLiteDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Keeps a few SQLite connections open for reuse: opening one costs more than most queries of a desktop app, and every
 * service call takes a handle.
 */
final class PooledConnections implements ConnectionFactory, AutoCloseable {
    private static final int MAX_IDLE = 4;
    private final SQLiteDataSource dataSource;
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    PooledConnections(SQLiteDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection openConnection() throws SQLException {
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            if (!c.isClosed()) {
                return c;
            }
        }
        return dataSource.getConnection();
    }

    @Override
    public void closeConnection(Connection c) throws SQLException {
        if (closed || c.isClosed() || !c.getAutoCommit() || idle.size() >= MAX_IDLE) {
            c.close();
        } else {
            idle.addFirst(c);
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
    }
}
