getattr({}, 'itms')
