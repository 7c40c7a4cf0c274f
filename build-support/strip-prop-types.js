/**
 * Babel plugin for Paste's published modules: drops every `X.propTypes = {...}` assignment. React's
 * production build (the one Flex loads) never reads propTypes, so they are bytes every agent downloads
 * for nothing, and with them go the validators they call (style-props' token checks, prop-types).
 * Only the assignment's statement value changes (to `void 0`) and only where that value is not used.
 */
'use strict';

module.exports = ({ types: t }) => ({
  name: 'strip-prop-types',
  visitor: {
    AssignmentExpression(path) {
      const { left } = path.node;
      if (!t.isMemberExpression(left) || left.computed || !t.isIdentifier(left.property, { name: 'propTypes' })) {
        return;
      }
      const parent = path.parentPath;
      const unused =
        parent.isExpressionStatement() ||
        (parent.isSequenceExpression() && parent.node.expressions[parent.node.expressions.length - 1] !== path.node);
      if (unused) path.replaceWith(t.unaryExpression('void', t.numericLiteral(0)));
    },
  },
});
