/**
 * peerkit's blocks in the editor, with no build step: plain wp.element.createElement. Each block's
 * metadata comes from its block.json (registered on the server); its controls from the widget table
 * the server passes as window.peerkitEditor (labels already translated); its preview is the
 * server's own rendering (ServerSideRender), with the bundled widgets running in it.
 */
(function (wp, config) {
  if (!wp || !config) return;
  var el = wp.element.createElement;
  var blockEditor = wp.blockEditor;
  var ui = wp.components;
  var ServerSideRender = wp.serverSideRender;

  /** One control for one attribute. */
  function control(spec, attributes, setAttributes) {
    var value = attributes[spec.name];
    var set = function (next) {
      var change = {};
      change[spec.name] = next === '' ? undefined : next;
      setAttributes(change);
    };
    var common = {key: spec.name, label: spec.label, help: spec.help || undefined};
    switch (spec.type) {
      case 'bool':
        return el(ui.ToggleControl, Object.assign(common, {checked: !!value, onChange: set}));
      case 'enum':
        return el(ui.SelectControl, Object.assign(common, {value: value || '', options: spec.options, onChange: set}));
      case 'lang': {
        // Each language by its own name, with its lang and dir (SelectControl's options cannot carry them).
        var options = spec.options.slice();
        // A regional tag a shortcode-minded editor typed before (es-MX) stays choosable.
        var listed = options.some(function (o) {
          return o.value === value;
        });
        if (value && !listed) options.push({value: value, label: value});
        return el(
          ui.SelectControl,
          Object.assign(common, {value: value || '', onChange: set}),
          options.map(function (o) {
            return el('option', {key: o.value, value: o.value, lang: o.lang || undefined, dir: o.dir || undefined}, o.label);
          }),
        );
      }
      case 'int':
        return el(
          ui.TextControl,
          Object.assign(common, {
            type: 'number',
            min: spec.min,
            max: spec.max,
            value: value === undefined || value === null ? '' : String(value),
            onChange: function (v) {
              set(v === '' ? '' : Number(v));
            },
          }),
        );
      case 'json': {
        // Bad JSON is left out on the page (with a note for editors): say so here too, as it is typed.
        var bad = false;
        try {
          if (value) JSON.parse(value);
        } catch {
          bad = true;
        }
        return el(ui.TextareaControl, Object.assign(common, {value: value || '', onChange: set, help: bad ? config.jsonInvalid : common.help}));
      }
      case 'exit':
        // Off, on (to the default neutral site), or on to a site of one's own.
        return el(
          'div',
          {key: spec.name},
          el(ui.ToggleControl, {
            label: spec.label,
            checked: !!value,
            onChange: function (on) {
              set(on ? 'yes' : '');
            },
          }),
          value
            ? el(ui.TextControl, {
                label: config.exitLabel,
                help: spec.help || undefined,
                type: 'url',
                value: value === 'yes' ? '' : value,
                onChange: function (v) {
                  set(v === '' ? 'yes' : v);
                },
              })
            : null,
        );
      default:
        return el(ui.TextControl, Object.assign(common, {type: spec.type === 'url' ? 'url' : 'text', value: value || '', onChange: set}));
    }
  }

  Object.keys(config.blocks).forEach(function (name) {
    var specs = config.blocks[name];
    wp.blocks.registerBlockType(name, {
      edit: function (props) {
        var panels = config.panels.map(function (panel) {
          var controls = specs
            .filter(function (spec) {
              return spec.panel === panel.id;
            })
            .map(function (spec) {
              return control(spec, props.attributes, props.setAttributes);
            });
          return controls.length ? el(ui.PanelBody, {key: panel.id, title: panel.title, initialOpen: panel.id === 'source'}, controls) : null;
        });
        return el(
          wp.element.Fragment,
          null,
          el(blockEditor.InspectorControls, null, panels),
          el('div', blockEditor.useBlockProps(), el(ServerSideRender, {block: name, attributes: props.attributes, httpMethod: 'POST'})),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.peerkitEditor);
