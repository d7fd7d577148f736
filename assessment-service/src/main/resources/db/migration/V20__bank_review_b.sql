-- Independent review (r2) of 60 items: corrections of the defects found; all other reviewed items were verified correct.

-- activation-functions-12: the stem's comma splice ("even on training batches the model classifies perfectly, the loss ...")
-- read as two claims; the intended condition is "on batches the model already classifies perfectly".
update item set stem = 'A 10-class PyTorch model ends with nn.Softmax(dim=1), and its output is passed to nn.CrossEntropyLoss. Training runs but stalls: even on training batches that the model classifies perfectly, the loss stays above about 1.4. What is wrong?',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:activation-functions-12')::uuid;

-- matplotlib-basics-7: the explanation blamed pyplot for fig.export, which is a Figure call; a Figure has no export method.
update item set explanation = 'savefig is a Figure method (fig.savefig), and pyplot''s plt.savefig saves the current figure; the file format follows the extension. An Axes has no savefig method, since it is only one panel of a figure; pyplot has no save function and a Figure has no export method, so those three calls raise AttributeError.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:matplotlib-basics-7')::uuid;

-- categorical-encoding-11: the explanation used a column (payment / 'cash') the stem never introduces; make it an explicit example.
update item set explanation = 'get_dummies is stateless: it looks only at the data it receives. For example, if a payment column has the values card and cash, a batch without any ''cash'' row has no payment_cash column and a batch with a new value gains one, misaligning the features the model expects (unless you reindex to the training columns). OneHotEncoder learns categories_ in fit and always produces that layout, which is why it belongs in a Pipeline. OneHotEncoder handles strings, and get_dummies keeps every category unless drop_first=True.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:categorical-encoding-11')::uuid;
