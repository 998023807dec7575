package org.dealgraph.server;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The size of a parsed query, counted before it runs: triple patterns, blocks, expression terms
 * (each item of an {@code IN} list), {@code VALUES} cells; and whether it calls {@code SERVICE}.
 */
record QueryShape(long elements, boolean service) {

    static QueryShape of(Query query) {
        Counter c = new Counter();
        c.query(query);
        return new QueryShape(c.count, c.service);
    }

    private static final class Counter extends ElementVisitorBase {
        long count;
        boolean service;
        private final Deque<Query> subQueries = new ArrayDeque<>();

        void query(Query q) {
            count++;
            if (q.getQueryPattern() != null) {
                walk(q.getQueryPattern());
            }
            if (q.hasValues()) {
                count += (long) q.getValuesData().size() * Math.max(1, q.getValuesVariables().size());
            }
            if (q.hasOrderBy()) {
                q.getOrderBy().forEach(sc -> expr(sc.getExpression()));
            }
            if (q.hasGroupBy()) {
                q.getGroupBy().getExprs().values().forEach(this::expr);
            }
            if (q.hasHaving()) {
                q.getHavingExprs().forEach(this::expr);
            }
            q.getProject().getExprs().values().forEach(this::expr);
            while (!subQueries.isEmpty()) {
                query(subQueries.pop());
            }
        }

        private void walk(Element e) {
            ElementWalker.walk(e, this);
        }

        private void expr(Expr e) {
            // iterative: an IN list of a million terms is one function of a million arguments
            Deque<Expr> todo = new ArrayDeque<>();
            todo.push(e);
            while (!todo.isEmpty()) {
                Expr x = todo.pop();
                count++;
                if (x instanceof ExprFunctionOp op && op.getElement() != null) {
                    walk(op.getElement());
                }
                if (x instanceof ExprFunction f) {
                    f.getArgs().forEach(todo::push);
                }
            }
        }

        @Override
        public void visit(ElementTriplesBlock el) {
            count += el.getPattern().size();
        }

        @Override
        public void visit(ElementPathBlock el) {
            count += el.getPattern().size();
        }

        @Override
        public void visit(ElementFilter el) {
            expr(el.getExpr());
        }

        @Override
        public void visit(ElementBind el) {
            expr(el.getExpr());
        }

        @Override
        public void visit(ElementData el) {
            count += (long) el.getRows().size() * Math.max(1, el.getVars().size());
        }

        @Override
        public void visit(ElementService el) {
            service = true;
            count++;
        }

        @Override
        public void visit(ElementSubQuery el) {
            subQueries.push(el.getQuery());
        }

        @Override
        public void visit(org.apache.jena.sparql.syntax.ElementUnion el) {
            count++;
        }

        @Override
        public void visit(org.apache.jena.sparql.syntax.ElementOptional el) {
            count++;
        }

        @Override
        public void visit(org.apache.jena.sparql.syntax.ElementGroup el) {
            count++;
        }
    }
}
